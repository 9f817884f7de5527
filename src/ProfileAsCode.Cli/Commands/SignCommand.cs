using System.CommandLine;
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
    private readonly Argument<string> _file = Symbols.InputFile("FILE", "The unsigned profile to sign");
    private readonly Option<string> _certificate = Symbols.Path("--certificate", "FILE", "PKCS#12 (.p12/.pfx), or PEM certificate (with its key, or give --key)", required: true);
    private readonly Option<string> _key = Symbols.Path("--key", "FILE", "PEM private key, when the certificate file does not hold it");
    private readonly Option<string> _passwordVariable = Symbols.Text("--password-variable", "NAME", "Environment variable with the password of the PKCS#12 file or encrypted key");

    private readonly Option<string> _chain = Symbols.Path("--chain", "FILE", "PEM bundle of intermediate certificates to include");
    private readonly Option<string> _signingTime = Symbols.Text(
        "--signing-time", "SECONDS", "Seconds since 1970; default SOURCE_DATE_EPOCH, then now. A fixed time and an RSA key give identical bytes");

    private readonly Option<string> _out = Symbols.OutputFile("Where to write the signed profile", required: true);

    public SignCommand() => Definition = Symbols.Command(
        "sign",
        "Sign a profile as Apple's tools do (CMS SignedData, DER, SHA-256, profile attached, intermediates included). "
            + "The password is read from the environment variable --password-variable names, never from the command line.",
        _file, _certificate, _key, _passwordVariable, _chain, _signingTime, _out);

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        var path = parseResult.GetRequiredValue(_file);
        var destination = parseResult.GetRequiredValue(_out);
        // Read as a profile first: only a readable, unsigned property list is worth signing.
        if (ProfileFileReader.Read(path).Signature is not null)
        {
            throw CliException.InFile(path, $"is already signed; to re-sign, take its content out first: {App.ToolName} unsign {path} --out plain.mobileconfig");
        }

        try
        {
            var options = SigningOptions.Resolve(parseResult.GetValue(_signingTime), "--signing-time");
            var chain = parseResult.GetValue(_chain);
            using var identity = SigningIdentityLoader.Load(new SigningIdentitySource(
                parseResult.GetRequiredValue(_certificate),
                parseResult.GetValue(_key),
                parseResult.GetValue(_passwordVariable),
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
