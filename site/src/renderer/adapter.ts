import type { AstroIntegration } from 'astro'

/**
 * The publishing renderer's adapter: a server build whose entry is imported by the worker
 * process itself (no HTTP server), so one long-lived renderer serves every publish without
 * Astro's start-up per build.
 */
export function rendererAdapter(): AstroIntegration {
  return {
    name: 'union-sites-renderer',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'union-sites-renderer',
          entrypointResolution: 'auto',
          serverEntrypoint: new URL('./entry.ts', import.meta.url),
          supportedAstroFeatures: {
            serverOutput: 'stable',
            staticOutput: 'stable',
            hybridOutput: 'stable',
            sharpImageService: 'stable',
          },
        })
      },
    },
  }
}
