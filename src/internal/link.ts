// The inverse links of the binomial models (hazards, join probabilities), free of mathjs.

/** The link of a binomial model: complementary log-log or logit. */
export type BinomialLink = 'cloglog' | 'logit'

/** The linear predictor η for a mean μ in (0, 1). */
export const linkOf = (link: BinomialLink, mu: number): number => (link === 'cloglog' ? Math.log(-Math.log1p(-mu)) : Math.log(mu / (1 - mu)))

/** μ for the linear predictor η, without overflow at either end. */
export const inverseLink = (link: BinomialLink, eta: number): number =>
  link === 'cloglog' ? -Math.expm1(-Math.exp(eta)) : eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta))
