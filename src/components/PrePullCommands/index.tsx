import type {ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import {courseImages} from '@site/src/data/images';

interface Props {
  /** `pull` downloads each image; `save` writes them all to one file to share offline. */
  readonly mode?: 'pull' | 'save';
}

/** Commands for every course image, from the one list of images. */
export default function PrePullCommands({mode = 'pull'}: Props): ReactNode {
  const refs = courseImages.map((i) => i.ref);
  const text = mode === 'pull' ? refs.map((r) => `docker pull ${r}`).join('\n') : `docker save -o course-images.tar ${refs.join(' ')}`;
  return <CodeBlock language="bash">{text}</CodeBlock>;
}
