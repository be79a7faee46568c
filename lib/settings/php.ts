import { fromAddress, PASSWORD_ENV, scriptNotes, shellPasswordSetup, TEST_BODY, testSubject, textField, toAddress } from "./common";
import { phpString } from "./quote";
import type { Mode, ProgramSettings, ProvenSettings } from "./types";

// PHP, PHPMailer: https://github.com/PHPMailer/PHPMailer/blob/master/examples/gmail.phps and the class constants
// ENCRYPTION_SMTPS ('ssl', TLS from the first byte) and ENCRYPTION_STARTTLS ('tls') in
// https://github.com/PHPMailer/PHPMailer/blob/master/src/PHPMailer.php.
const ENCRYPTION: Readonly<Record<Mode, string>> = {
  tls: "PHPMailer::ENCRYPTION_SMTPS",
  starttls: "PHPMailer::ENCRYPTION_STARTTLS",
};

export function phpSettings(s: ProvenSettings): ProgramSettings {
  const code = [
    "<?php",
    "// Sends one test message through Gmail with the settings the wizard checked.",
    `// Run: php send-test.php (with ${PASSWORD_ENV} set first, after composer require phpmailer/phpmailer)`,
    "use PHPMailer\\PHPMailer\\Exception;",
    "use PHPMailer\\PHPMailer\\PHPMailer;",
    "",
    "require __DIR__ . '/vendor/autoload.php';",
    "",
    `$password = getenv('${PASSWORD_ENV}');`,
    "if ($password === false || $password === '') {",
    `    fwrite(STDERR, "Set ${PASSWORD_ENV} first.\\n");`,
    "    exit(1);",
    "}",
    "",
    "$mail = new PHPMailer(true);",
    "try {",
    "    $mail->isSMTP();",
    `    $mail->Host = ${phpString(s.host)};`,
    `    $mail->Port = ${s.port};`,
    `    $mail->SMTPSecure = ${ENCRYPTION[s.mode]};`,
    "    $mail->SMTPAuth = true;",
    `    $mail->Username = ${phpString(s.username)};`,
    "    $mail->Password = $password;",
    `    $mail->setFrom(${phpString(fromAddress(s))});`,
    `    $mail->addAddress(${phpString(toAddress(s))});`,
    `    $mail->Subject = ${phpString(testSubject("PHP"))};`,
    `    $mail->Body = ${phpString(TEST_BODY)};`,
    "    $mail->send();",
    '    echo "Sent.\\n";',
    "} catch (Exception $e) {",
    "    fwrite(STDERR, 'Not sent: ' . $mail->ErrorInfo . \"\\n\");",
    "    exit(1);",
    "}",
    "",
  ].join("\n");
  return {
    id: "php",
    name: "PHP (PHPMailer)",
    group: "Code",
    where: "A PHP script next to Composer's vendor folder (composer require phpmailer/phpmailer)",
    fields: [
      textField("Host", s.host),
      textField("Port", String(s.port)),
      textField("SMTPSecure", ENCRYPTION[s.mode]),
      textField("Username", s.username),
    ],
    snippet: { id: "php", language: "php", file: "send-test.php", code, setup: shellPasswordSetup(), run: "php send-test.php" },
    notes: scriptNotes(
      s,
      s.mode === "tls"
        ? "ENCRYPTION_SMTPS means TLS from the first byte."
        : "ENCRYPTION_STARTTLS means plain at first, then STARTTLS before the login.",
      `with getenv('${PASSWORD_ENV}')`,
    ),
  };
}
