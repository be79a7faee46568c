import type { ComponentProps } from 'react';
import { BlockedIcon, CheckIcon, EnvelopeIcon, ServerIcon } from './icons';
import { Arrow, Highlight } from './markers';
import { Label } from './parts';
import { IllustrationSvg } from './svg-frame';

export const WRONG_PROVIDER_ALT =
  'The address name@outlook.com with two ways out. Crossed out in red: sending it to smtp.gmail.com, Gmail\'s server, which does not know the address. ' +
  'Highlighted with a tick: sending it to its own provider\'s server; use the mail settings of the company that gave you the address.';

export function WrongProvider(props: ComponentProps<'svg'>) {
  return (
    <IllustrationSvg alt={WRONG_PROVIDER_ALT} {...props}>
      <EnvelopeIcon x={72} y={118} />
      <Label x={92} y={174} bold anchor="middle">
        name@outlook.com
      </Label>

      <Arrow x1={176} y1={138} x2={238} y2={78} blocked />
      <BlockedIcon x={191} y={92} />
      <ServerIcon x={262} y={30} />
      <Label x={330} y={58} bold>
        Gmail
      </Label>
      <Label x={330} y={78} size={13} tone="muted">
        smtp.gmail.com
      </Label>

      <Arrow x1={176} y1={162} x2={238} y2={222} />
      <CheckIcon x={191} y={176} />
      <ServerIcon x={262} y={196} />
      <Label x={330} y={224} bold>
        Outlook
      </Label>
      <Label x={330} y={244} size={13} tone="muted">
        its own server
      </Label>
      <Highlight x={256} y={190} width={206} height={76} rx={14} />
    </IllustrationSvg>
  );
}
