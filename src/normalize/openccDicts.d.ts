// opencc-js ships its dictionaries as modules whose default export is "from to[ alt…]|from to|…", without type declarations.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
