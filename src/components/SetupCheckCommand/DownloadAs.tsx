import {Children, isValidElement, type ReactNode} from 'react';

interface Props {
  /** The file name the browser saves the download under. */
  readonly name: string;
  /** One Markdown link to a file of the repository, such as `[pre-pull.sh](@site/setup/pre-pull.sh)`. */
  readonly children: ReactNode;
}

/**
 * A download link with a plain file name. Docusaurus copies a file that a page links to into the
 * build (`assets/files/pre-pull-<hash>.sh`), and fails the build when it is missing; the browser
 * would save it under that hashed name. This renders the same address as a plain `<a download>`:
 * not Docusaurus's link, whose client-side routing would take the click, and without the new tab
 * Docusaurus opens for files, in which Chromium ignores `download`.
 */
export default function DownloadAs({name, children}: Props): ReactNode {
  const link = Children.toArray(children).find((child) => isValidElement<{href?: string; children?: ReactNode}>(child) && child.props.href);
  if (!isValidElement<{href?: string; children?: ReactNode}>(link) || !link.props.href)
    throw new Error(`DownloadAs ${name}: its child must be a Markdown link to a file`);
  return (
    <a href={link.props.href} download={name}>
      {link.props.children}
    </a>
  );
}
