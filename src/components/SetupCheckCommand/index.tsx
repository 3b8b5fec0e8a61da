import type {ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import {setupCheckImage} from '@site/lib/course/images';

/** The one-line check that Docker can pull an image and run a container from it. */
export default function SetupCheckCommand(): ReactNode {
  return (
    <CodeBlock language="bash">
      {`docker run --rm ${setupCheckImage} python -c "import sys; print('Docker works! Python', sys.version.split()[0])"`}
    </CodeBlock>
  );
}
