// pdfmake 0.3 ships no types; build.ts declares the few calls it makes.
declare module 'pdfmake';
