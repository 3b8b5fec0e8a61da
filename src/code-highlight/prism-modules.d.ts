// Prism's core and grammar files as the browser bundle imports them (the types cover only `prismjs`).
declare module 'prismjs/components/prism-core' {
  import type * as PrismNamespace from 'prismjs';
  const Prism: typeof PrismNamespace;
  export default Prism;
}
declare module 'prismjs/components/prism-bash';
declare module 'prismjs/components/prism-powershell';
