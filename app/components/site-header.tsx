import { Link, NavLink } from '@remix-run/react'

import { SearchForm } from './search-form'

const navLink = ({ isActive }: { isActive: boolean }) =>
  `inline-block rounded px-2 py-1 hover:text-brand-700 ${isActive ? 'text-brand-800 font-semibold' : 'text-stone-700'}`

export function SiteHeader({ title }: { title: string }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-4 px-5 py-4">
        <Link to="/" className="font-serif text-xl font-semibold text-brand-900 no-underline">
          {title}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-1 text-sm">
            <li>
              <NavLink to="/" end className={navLink}>
                Home
              </NavLink>
            </li>
            <li>
              <NavLink to="/about" className={navLink}>
                About
              </NavLink>
            </li>
            <li>
              <NavLink to="/services" className={navLink}>
                Services
              </NavLink>
            </li>
            <li>
              <NavLink to="/blog" className={navLink}>
                Blog
              </NavLink>
            </li>
            <li>
              <NavLink to="/contact" className={navLink}>
                Contact
              </NavLink>
            </li>
          </ul>
        </nav>
        <SearchForm id="site-search" name="Search the site" />
      </div>
    </header>
  )
}
