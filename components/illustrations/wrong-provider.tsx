import type { ComponentProps } from "react";
import { BlockedIcon, CheckIcon, EnvelopeIcon, Scaled, ServerIcon } from "./icons";
import { Arrow, Highlight } from "./markers";
import { Label } from "./parts";
import { IllustrationSvg } from "./svg-frame";

export const WRONG_PROVIDER_ALT =
  "The address name@outlook.com with two ways out. Crossed out in red: sending it to smtp.gmail.com, Gmail's server, which does not know the address. " +
  "Highlighted with a tick: sending it to its own provider's server; use the mail settings of the company that gave you the address.";

export function WrongProvider(props: ComponentProps<"svg">) {
  return (
    <IllustrationSvg alt={WRONG_PROVIDER_ALT} {...props}>
      {/* Both arrows leave from the envelope itself, 10 units off its right edge, clear of the address below it. */}
      <Scaled x={64} y={124} scale={1.6}>
        <EnvelopeIcon x={0} y={0} />
      </Scaled>
      <Label x={100} y={198} bold anchor="middle">
        name@outlook.com
      </Label>

      <Arrow x1={138} y1={136} x2={243} y2={92} blocked />
      <BlockedIcon x={177} y={97} />
      <ServerIcon x={262} y={50} />
      <Label x={330} y={77} bold>
        Gmail
      </Label>
      <Label x={330} y={99} tone="muted">
        smtp.gmail.com
      </Label>

      <Arrow x1={138} y1={156} x2={243} y2={200} />
      <CheckIcon x={177} y={163} />
      <ServerIcon x={262} y={180} />
      <Label x={330} y={207} bold>
        Outlook
      </Label>
      <Label x={330} y={229} tone="muted">
        its own server
      </Label>
      <Highlight x={256} y={174} width={196} height={76} rx={14} gap={0} />
    </IllustrationSvg>
  );
}
