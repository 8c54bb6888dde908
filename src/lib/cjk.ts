/** The ranges of Chinese characters (CJK unified ideographs, extension A, compatibility ideographs), for regex classes. */
export const CJK_RANGES = '\u3400-\u9fff\uf900-\ufaff';

/** A Chinese character. */
export const CJK_CHAR = new RegExp(`[${CJK_RANGES}]`);
