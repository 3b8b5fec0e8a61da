import type {ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import {courseImages} from '@site/lib/course/images';

/** The two processor architectures the course supports, as Docker names their platforms. */
export type CoursePlatform = 'linux/amd64' | 'linux/arm64';

interface Props {
  /** `pull` downloads each image; `save` writes them all to one file to share offline. */
  readonly mode?: 'pull' | 'save';
  /**
   * For an instructor preparing files for a room: pull this platform's variant of each image, and
   * (with `save`) write only that variant, to `course-images-<arch>.tar`. Without it, the machine's own.
   */
  readonly platform?: CoursePlatform;
}

/** Commands for every course image, from the one list of images. */
export default function PrePullCommands({mode = 'pull', platform}: Props): ReactNode {
  const refs = courseImages.map((i) => i.ref);
  const flag = platform ? ` --platform ${platform}` : '';
  const pulls = refs.map((r) => `docker pull${flag} ${r}`);
  const file = platform ? `course-images-${platform.split('/')[1]}.tar` : 'course-images.tar';
  const save = `docker save${flag} -o ${file} ${refs.join(' ')}`;
  const lines = mode === 'pull' ? pulls : platform ? [...pulls, save] : [save];
  return <CodeBlock language="bash">{lines.join('\n')}</CodeBlock>;
}
