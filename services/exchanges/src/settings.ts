// The exchanges service's settings, fixed at start from the platform configuration:
// how long an author may correct what they recorded (CORRECTION_WINDOW_DAYS).

export interface ExchangesSettings {
  /** Days after an evaluation's submission (an outcome's recording) during which its author may correct it. */
  correctionWindowDays: number;
}

export const defaultExchangesSettings: ExchangesSettings = { correctionWindowDays: 14 };

/** The settings from the platform's configuration (loadPlatformConfig). */
export function exchangesSettings(config: { correctionWindowDays: number }): ExchangesSettings {
  return { correctionWindowDays: config.correctionWindowDays };
}
