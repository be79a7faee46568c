import type { ComponentProps } from "react";
import { BrowserFrame } from "./browser-frame";
import { InfoIcon } from "./icons";
import { Highlight } from "./markers";
import { Label, SURFACE } from "./parts";
import { IllustrationSvg } from "./svg-frame";

export const LESS_SECURE_APPS_UNAVAILABLE_ALT =
  'The page myaccount.google.com/lesssecureapps, titled "Less secure app access", ' +
  'with the highlighted message "This setting is not available for your account." ' +
  "There is no switch to turn on any more; that is expected, and the way forward is an app password.";

export function LessSecureAppsUnavailable(props: ComponentProps<"svg">) {
  return (
    <IllustrationSvg alt={LESS_SECURE_APPS_UNAVAILABLE_ALT} {...props}>
      <BrowserFrame url="myaccount.google.com/lesssecureapps">
        <Label x={40} y={80} size={15} tone="muted">
          Google Account
        </Label>
        <path
          d="M50 100 L40 110 L50 120 M40 110 H60"
          fill="none"
          strokeWidth={2.5}
          strokeLinecap="round"
          strokeLinejoin="round"
          className={SURFACE.strongLine}
        />
        <Label x={74} y={118} size={22} bold>
          Less secure app access
        </Label>
        <Highlight x={40} y={144} width={400} height={68} />
        <InfoIcon x={52} y={156} />
        <Label x={86} y={172} size={16} bold>
          This setting is not available
        </Label>
        <Label x={86} y={196} size={16} bold>
          for your account.
        </Label>
      </BrowserFrame>
    </IllustrationSvg>
  );
}
