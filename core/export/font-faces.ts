/**
 * What fontTable.xml says about each font the export names, so that Word and WPS on a machine
 * without it substitute a Chinese face of the same kind (ISO/IEC 29500-1 17.8.3: altName is tried
 * by name, then panose1, charset, family, pitch and the sig Unicode/code-page bits pick the nearest
 * installed font) instead of a Latin one.
 *
 * Sources: panose1, family, pitch and sig of 宋体, 黑体, 仿宋, 楷体, 仿宋_GB2312 and 楷体_GB2312 are
 * the values Word writes when it saves a document with those fonts installed (fontTable.xml parts
 * of Word-saved .docx files in public repositories, e.g. 宋体 `02010600030101010101` with
 * usb0–csb1 `00000003 288F0000 00000016 00000000 00040001 00000000`; 黑体/仿宋/楷体
 * `02010609060101010101`, `800002BF 38CF7CFA 00000016 00000000 00040001 00000000`; the _GB2312
 * faces `02010609030101010101`, `00000001 080E0000 00000000 00000000 00040000 00000000`). No
 * Word-saved values of the 方正 faces were found: they get no panose1 (the element is optional)
 * and a sig built from its definition (OS/2 ulUnicodeRange / ulCodePageRange): Basic Latin (usb0
 * bit 0), CJK Unified Ideographs (bit 59: usb1 bit 27) and code page 936 (csb0 bit 18), which is
 * what makes Word look for another simplified-Chinese face.
 */

export interface FontSignature {
  usb0: string;
  usb1: string;
  usb2: string;
  usb3: string;
  csb0: string;
  csb1: string;
}

export interface FontFace {
  /** The name Word tries when the font itself is not installed. */
  altName?: string;
  panose1?: string;
  /** 86 = GB2312_CHARSET (ST_UcharHexNumber). */
  charset: string;
  family: 'auto' | 'decorative' | 'modern' | 'roman' | 'script' | 'swiss';
  pitch: 'default' | 'fixed' | 'variable';
  sig?: FontSignature;
}

const sig = (usb0: string, usb1: string, usb2: string, csb0: string): FontSignature => ({ usb0, usb1, usb2, usb3: '00000000', csb0, csb1: '00000000' });

/** Windows' own Chinese fonts (GBK coverage). */
const WINDOWS_SIG = sig('800002BF', '38CF7CFA', '00000016', '00040001');
/** The _GB2312 faces: GB2312's repertoire only. */
const GB2312_SIG = sig('00000001', '080E0000', '00000000', '00040000');
/** The 方正 faces: built from the bits' definition (see above). */
const FOUNDER_SIG = sig('00000001', '08000000', '00000000', '00040000');

export const FONT_FACES: Readonly<Record<string, FontFace>> = {
  宋体: { altName: 'SimSun', panose1: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable', sig: sig('00000003', '288F0000', '00000016', '00040001') },
  黑体: { altName: 'SimHei', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed', sig: WINDOWS_SIG },
  仿宋: { altName: 'FangSong', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed', sig: WINDOWS_SIG },
  楷体: { altName: 'KaiTi', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed', sig: WINDOWS_SIG },
  // Not installed with Windows 10/11: altName names the Windows face of the same family.
  仿宋_GB2312: { altName: '仿宋', panose1: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed', sig: GB2312_SIG },
  楷体_GB2312: { altName: '楷体', panose1: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed', sig: GB2312_SIG },
  方正小标宋简体: { altName: '宋体', charset: '86', family: 'auto', pitch: 'variable', sig: FOUNDER_SIG },
  方正小标宋_GBK: { altName: '宋体', charset: '86', family: 'auto', pitch: 'variable', sig: FOUNDER_SIG },
  方正仿宋_GBK: { altName: '仿宋', charset: '86', family: 'auto', pitch: 'variable', sig: FOUNDER_SIG },
  方正楷体_GBK: { altName: '楷体', charset: '86', family: 'auto', pitch: 'variable', sig: FOUNDER_SIG },
  方正黑体_GBK: { altName: '黑体', charset: '86', family: 'auto', pitch: 'variable', sig: FOUNDER_SIG },
};

/**
 * Fonts that hold GB2312's repertoire only, with the Windows font of the same family that has the
 * rest (GBK): a character outside GB2312 (•, ㎡, 埇, 昇…) written in 仿宋_GB2312 is drawn by Word
 * from whatever fallback it picks, so runs.ts sets it in this font instead.
 */
export const GB2312_ONLY: Readonly<Record<string, string>> = {
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
  方正小标宋简体: '宋体',
};
