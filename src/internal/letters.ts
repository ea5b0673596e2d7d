/**
 * Arabic code points that the modules name in their logic (clitics, suffixes, folding), in one place so that
 * every module spells them the same way. Names follow the Unicode character names.
 */
export const HAMZA = 0x0621; // ARABIC LETTER HAMZA
export const ALEF_WITH_MADDA_ABOVE = 0x0622; // ARABIC LETTER ALEF WITH MADDA ABOVE
export const ALEF_WITH_HAMZA_ABOVE = 0x0623; // ARABIC LETTER ALEF WITH HAMZA ABOVE
export const WAW_WITH_HAMZA_ABOVE = 0x0624; // ARABIC LETTER WAW WITH HAMZA ABOVE
export const ALEF_WITH_HAMZA_BELOW = 0x0625; // ARABIC LETTER ALEF WITH HAMZA BELOW
export const YEH_WITH_HAMZA_ABOVE = 0x0626; // ARABIC LETTER YEH WITH HAMZA ABOVE
export const ALEF = 0x0627; // ARABIC LETTER ALEF
export const BEH = 0x0628; // ARABIC LETTER BEH
export const TEH_MARBUTA = 0x0629; // ARABIC LETTER TEH MARBUTA
export const TEH = 0x062a; // ARABIC LETTER TEH
export const SEEN = 0x0633; // ARABIC LETTER SEEN (the future prefix)
export const TATWEEL = 0x0640; // ARABIC TATWEEL
export const FEH = 0x0641; // ARABIC LETTER FEH
export const KAF = 0x0643; // ARABIC LETTER KAF
export const LAM = 0x0644; // ARABIC LETTER LAM
export const MEEM = 0x0645; // ARABIC LETTER MEEM
export const NOON = 0x0646; // ARABIC LETTER NOON
export const HEH = 0x0647; // ARABIC LETTER HEH
export const WAW = 0x0648; // ARABIC LETTER WAW
export const ALEF_MAQSURA = 0x0649; // ARABIC LETTER ALEF MAQSURA
export const YEH = 0x064a; // ARABIC LETTER YEH
export const FATHATAN = 0x064b; // ARABIC FATHATAN (tanween fatha)
export const ALEF_WASLA = 0x0671; // ARABIC LETTER ALEF WASLA
