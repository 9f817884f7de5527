using System.Globalization;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Files;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.Cli.Signing;
using ProfileAsCode.Signing;
using ProfileAsCode.Signing.Identity;

namespace ProfileAsCode.Cli.Commands;

/// <summary><c>sign FILE --certificate F --out F</c>: the profile's exact bytes in a CMS signature, as the build signs them.</summary>
internal sealed class SignCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "sign",
        "Sign a profile as Apple's tools do (CMS SignedData, DER, SHA-256, profile attached, intermediates included). "
            + "The password is read from the environment variable --password-variable names, never from the command line.",
        "FILE",
        1,
        1,
        [
            new OptionSpec("--certificate", "FILE", "PKCS#12 (.p12/.pfx), or PEM certificate (with its key, or give --key)", Required: true),
            new OptionSpec("--key", "FILE", "PEM private key, when the certificate file does not hold it"),
            new OptionSpec("--password-variable", "NAME", "Environment variable with the password of the PKCS#12 file or encrypted key"),
            new OptionSpec("--chain", "FILE", "PEM bundle of intermediate certificates to include"),
            new OptionSpec("--signing-time", "SECONDS", "Seconds since 1970; default SOURCE_DATE_EPOCH, then now. A fixed time and an RSA key give identical bytes"),
            new OptionSpec("--out", "FILE", "Where to write the signed profile", Required: true),
        ]);

    public int Run(ParsedCommandLine commandLine, Output output)
    {
        var path = commandLine.Arguments[0];
        var destination = commandLine.Option("--out")!;
        // Read as a profile first: only a readable, unsigned property list is worth signing.
        if (ProfileFileReader.Read(path).Signature is not null)
        {
            throw CliException.InFile(path, $"is already signed; to re-sign, take its content out first: {App.ToolName} unsign {path} --out plain.mobileconfig");
        }

        try
        {
            var options = SigningOptions.Resolve(commandLine.Option("--signing-time"), "--signing-time");
            var chain = commandLine.Option("--chain");
            using var identity = SigningIdentityLoader.Load(new SigningIdentitySource(
                commandLine.Option("--certificate")!,
                commandLine.Option("--key"),
                commandLine.Option("--password-variable"),
                chain is null ? null : [chain]));
            var signed = ProfileSigner.Sign(ProfileFileReader.ReadBytes(path), identity, options);
            OutputFiles.Write(destination, signed);
            output.Info($"wrote {destination}: signed by '{identity.Certificate.Subject}' ({Describe(identity, options)})");
            return ExitCode.Ok;
        }
        catch (SigningException e)
        {
            throw SigningErrors.ToCli(e);
        }
    }

    private static string Describe(SigningIdentity identity, SigningOptions options)
    {
        if (options.SigningTime is not { } time)
        {
            return "signing time now; set --signing-time or SOURCE_DATE_EPOCH for reproducible output";
        }

        var at = time.ToString("u", CultureInfo.InvariantCulture);
        return ProfileSigner.IsReproducible(identity.Algorithm)
            ? $"signing time {at}; reproducible"
            : $"signing time {at}; ECDSA signatures differ on every run";
    }
}
