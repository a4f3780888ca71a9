// The small part of fontkit (the font reader inside pdfkit) that gongkai uses: open a font file, ask for glyphs.
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    familyName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export interface FontCollection {
    fonts: Font[];
    getFont(postscriptName: string): Font | null;
  }
  export function openSync(path: string, postscriptName?: string): Font | FontCollection;
}
