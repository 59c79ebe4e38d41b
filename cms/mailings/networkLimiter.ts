import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { configValue } from '../../config'

/**
 * Messages per second per site network (MAIL_RATE_PER_NETWORK), in this process: one network's
 * weekly digest must not flood the SMTP relay (and its reputation) while the others wait, and the
 * relay's own per-sender limits are met by spreading. In memory because one process sends (the
 * jobs runner); two senders would each have the limit.
 */
export class NetworkLimiter {
  private readonly limiter: RateLimiterMemory

  constructor(perSecond: number = configValue('MAIL_RATE_PER_NETWORK')) {
    this.limiter = new RateLimiterMemory({ points: perSecond, duration: 1 })
  }

  /** Resolves when one more message of `network` may go. */
  async take(network: string): Promise<void> {
    for (;;) {
      try {
        await this.limiter.consume(network)
        return
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error
        await new Promise((resolve) => setTimeout(resolve, Math.max(error.msBeforeNext, 5)))
      }
    }
  }
}
