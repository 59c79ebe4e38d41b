/**
 * Flags of every headless Chromium the project starts (the stand's PDF, e2e tests, Lighthouse): Debian's own
 * Chromium, as root in CI (no sandbox), with no GPU and nothing that phones home mid-measurement.
 */
import { configValue } from './index'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

/** Debian's Chromium; no browser is downloaded here or in CI. */
export const chromiumPath = () => configValue('CHROMIUM_PATH')
