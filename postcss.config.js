export default {
  plugins: {
    // Always let Lightning CSS flatten nesting: Remix's bundled esbuild (dev builds) cannot parse
    // the nested selectors the typography plugin emits.
    '@tailwindcss/postcss': { optimize: { minify: process.env.NODE_ENV === 'production' } },
  },
}
