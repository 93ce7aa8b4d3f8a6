// The response's Content-Security-Policy nonce, for the elements that need it (ADR 012). It comes from load
// context (server.ts makes one per response) through entry.server.tsx, never through loader data.
import { createContext, useContext } from 'react'

const NonceContext = createContext<string | undefined>(undefined)

export const NonceProvider = NonceContext.Provider

export const useNonce = () => useContext(NonceContext)
