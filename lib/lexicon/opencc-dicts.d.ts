// opencc-js ships its dictionaries as ES modules exporting one string ("a b|c d|…").
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
