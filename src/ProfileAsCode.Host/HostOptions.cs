using ProfileAsCode.Host.Severity;

namespace ProfileAsCode.Host;

/// <summary>The host's command line (built by the MSBuild task; see ProfileAsCode.Tasks.HostCommandLine).</summary>
internal sealed class HostOptions
{
    public string AssemblyPath { get; private set; } = "";

    public string OutputDirectory { get; private set; } = "";

    public string ListPath { get; private set; } = "";

    /// <summary>Null: each profile's own <c>PayloadForm</c>.</summary>
    public PreferencePayloadForm? Form { get; private set; }

    public bool WriteBarePlist { get; private set; }

    public List<string> SeverityConfigs { get; } = new();

    public List<string> NoWarn { get; } = new();

    public List<string> WarningsAsErrors { get; } = new();

    public List<string> WarningsNotAsErrors { get; } = new();

    public bool TreatWarningsAsErrors { get; private set; }

    /// <summary>PKCS#12 or PEM; null: profiles are written unsigned.</summary>
    public string? SigningCertificate { get; private set; }

    public string? SigningKey { get; private set; }

    /// <summary>The NAME of the environment variable with the password; the host reads the value itself.</summary>
    public string? SigningPasswordVariable { get; private set; }

    public List<string> SigningChain { get; } = new();

    /// <summary>Seconds since 1970 (SOURCE_DATE_EPOCH form); null: SOURCE_DATE_EPOCH, then now.</summary>
    public string? SigningTime { get; private set; }

    /// <summary>Also write each signed profile's unsigned bytes as <c>&lt;id&gt;.unsigned.mobileconfig</c>.</summary>
    public bool WriteUnsigned { get; private set; }

    /// <summary>The compile's SARIF error log; what the analyzers reported there is not reported again.</summary>
    public string? CompilerLog { get; private set; }

    /// <summary>The Jamf Connect version the project targets (MSBuild ProfileAsCodeJamfConnectVersion), if it says.</summary>
    public string? JamfConnectVersion { get; private set; }

    public const string Usage =
        "usage: ProfileAsCode.Host --assembly <dll> --out <dir> --list <file> [--form direct|mcx] [--bare-plist]\n" +
        "       [--severity-config <.editorconfig|.globalconfig>]... [--nowarn <ids>] [--warnaserror <ids>]\n" +
        "       [--warnnotaserror <ids>] [--treat-warnings-as-errors] [--compiler-log <sarif>] [--jamf-connect-version <x.y>]\n" +
        "       [--sign-certificate <p12|pem> [--sign-key <pem>] [--sign-password-variable <NAME>]\n" +
        "        [--sign-chain <pem>]... [--sign-time <epoch seconds>] [--write-unsigned]]";

    /// <exception cref="ArgumentException">The arguments are incomplete or unknown; the message says which.</exception>
    public static HostOptions Parse(IReadOnlyList<string> args)
    {
        var options = new HostOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--assembly": options.AssemblyPath = Value(); break;
                case "--out": options.OutputDirectory = Value(); break;
                case "--list": options.ListPath = Value(); break;
                case "--form": options.Form = ParseForm(Value()); break;
                case "--bare-plist": options.WriteBarePlist = true; break;
                case "--severity-config": options.SeverityConfigs.Add(Value()); break;
                case "--nowarn": options.NoWarn.AddRange(SplitIds(Value())); break;
                case "--warnaserror": options.WarningsAsErrors.AddRange(SplitIds(Value())); break;
                case "--warnnotaserror": options.WarningsNotAsErrors.AddRange(SplitIds(Value())); break;
                case "--treat-warnings-as-errors": options.TreatWarningsAsErrors = true; break;
                case "--sign-certificate": options.SigningCertificate = Value(); break;
                case "--sign-key": options.SigningKey = Value(); break;
                case "--sign-password-variable": options.SigningPasswordVariable = Value(); break;
                case "--sign-chain": options.SigningChain.Add(Value()); break;
                case "--sign-time": options.SigningTime = Value(); break;
                case "--write-unsigned": options.WriteUnsigned = true; break;
                case "--compiler-log": options.CompilerLog = Value(); break;
                case "--jamf-connect-version": options.JamfConnectVersion = Value(); break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        foreach (var (name, value) in new[] { ("--assembly", options.AssemblyPath), ("--out", options.OutputDirectory), ("--list", options.ListPath) })
        {
            if (value.Length == 0)
            {
                throw new ArgumentException($"{name} is required");
            }
        }

        var signingOnly = options.SigningKey ?? options.SigningPasswordVariable ?? options.SigningTime ?? options.SigningChain.FirstOrDefault();
        if (options.SigningCertificate is null && (signingOnly is not null || options.WriteUnsigned))
        {
            throw new ArgumentException("--sign-key, --sign-password-variable, --sign-chain, --sign-time and --write-unsigned need --sign-certificate");
        }

        return options;
    }

    public SeverityPolicy CreateSeverityPolicy() => new(
        SeverityConfigs.Where(File.Exists).Select(AnalyzerConfigFile.Read),
        NoWarn,
        WarningsAsErrors,
        WarningsNotAsErrors,
        TreatWarningsAsErrors);

    private static PreferencePayloadForm ParseForm(string value) => value.ToLowerInvariant() switch
    {
        "direct" => PreferencePayloadForm.Direct,
        "mcx" or "managedpreferences" => PreferencePayloadForm.ManagedPreferences,
        _ => throw new ArgumentException($"--form is '{value}'; use direct or mcx"),
    };

    private static IEnumerable<string> SplitIds(string list) =>
        list.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
