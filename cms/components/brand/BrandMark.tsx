/** The product's mark (the sites' favicon): a white arch on the network's blue. */
export function BrandMark({ size }: { size: number }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 32 32"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="7" fill="#163a70" />
      <path d="M9 23V9h14v14h-4V13h-6v10z" fill="#fff" />
    </svg>
  )
}
