import * as fontkit from 'fontkit';
import fs from 'fs';
let t=Date.now();
const f = fontkit.openSync('node_modules/@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf');
console.log('open', Date.now()-t, f.unitsPerEm, f.ascent, f.descent, f.lineGap, f.postscriptName, f.familyName);
t=Date.now();
for (const ch of '中—“”…·，。（）1aA　') { const g=f.glyphForCodePoint(ch.codePointAt(0)); console.log(ch, g.id, g.advanceWidth, f.hasGlyphForCodePoint(ch.codePointAt(0))); }
console.log('glyphs', Date.now()-t);
const s = fontkit.openSync('node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
console.log(s.unitsPerEm, s.ascent, s.descent, s.lineGap, s.postscriptName);
console.log(f['OS/2'].typoAscender, f['OS/2'].typoDescender, f['OS/2'].winAscent);
