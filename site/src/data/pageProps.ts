/** Key of `locals` under which the publishing renderer hands a page its props. */
export const PAGE_PROPS = 'unionSitesPageProps'

/**
 * A page's props. The static build passes them from getStaticPaths; the publishing renderer
 * (server output, where getStaticPaths is not called) passes the same objects in `locals`, so one
 * page file renders the same bytes both ways.
 */
export function pageProps<P>(context: { props: unknown; locals: unknown }): P {
  const fromRenderer = (context.locals as Record<string, unknown> | undefined)?.[PAGE_PROPS]
  return (fromRenderer ?? context.props) as P
}
