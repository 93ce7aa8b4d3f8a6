// The pixel size and type of an image file from its first bytes, synchronously: the dataset is read at boot,
// before anything async may run, and sharp only answers asynchronously.

export interface ImageHeader {
  width: number
  height: number
  mimeType: string
  extension: string
}

const PNG_SIGNATURE = '89504e470d0a1a0a'

/** null for a file that is not a PNG or JPEG we can read. */
export function readImageHeader(bytes: Buffer): ImageHeader | null {
  if (bytes.length >= 24 && bytes.subarray(0, 8).toString('hex') === PNG_SIGNATURE)
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), mimeType: 'image/png', extension: 'png' }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return readJpeg(bytes)
  return null
}

// A JPEG's size is in its first start-of-frame segment (SOF0–SOF15, except DHT, JPG and DAC markers).
function readJpeg(bytes: Buffer): ImageHeader | null {
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null
    const marker = bytes[offset + 1] ?? 0
    const length = bytes.readUInt16BE(offset + 2)
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
    if (isFrame)
      return {
        height: bytes.readUInt16BE(offset + 5),
        width: bytes.readUInt16BE(offset + 7),
        mimeType: 'image/jpeg',
        extension: 'jpg',
      }
    offset += 2 + length
  }
  return null
}
