namespace ProfileAsCode.Cli.Tests.Support;

/// <summary>Signs profiles the way admins do off macOS (openssl cms -sign -nodetach -outform DER, as iMazing's "How to sign Apple configuration profiles" shows): openssl cms, attached, DER.</summary>
internal static class OpenSslSigner
{
    public const string SignerName = "Contoso Profile Signing";

    public static byte[] Sign(TempDirectory dir, byte[] profile)
    {
        var key = dir.File("signer.key");
        var certificate = dir.File("signer.pem");
        if (!File.Exists(certificate))
        {
            Processes.Checked("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate,
                "-subj", "/CN=" + SignerName, "-days", "2");
        }

        var input = dir.Write("to-sign-" + Guid.NewGuid().ToString("N"), profile);
        var output = input + ".signed";
        Processes.Checked("openssl", "cms", "-sign", "-signer", certificate, "-inkey", key, "-nodetach", "-outform", "DER", "-binary",
            "-md", "sha256", "-in", input, "-out", output);
        var signed = File.ReadAllBytes(output);
        File.Delete(input);
        File.Delete(output);
        return signed;
    }
}
