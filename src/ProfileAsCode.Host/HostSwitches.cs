namespace ProfileAsCode.Host;

/// <summary>
/// The build host's command-line switches, in one place: compiled into the host, which parses them
/// (<c>HostOptions</c>), and linked as source into the MSBuild task, which writes them
/// (ProfileAsCode.Tasks.HostCommandLine), so the two cannot drift apart. Constants only: the task
/// compiles it for net472 too.
/// </summary>
internal static class HostSwitches
{
    /// <summary>The user's compiled profile assembly.</summary>
    public const string Assembly = "--assembly";

    /// <summary>The folder the profiles are written to.</summary>
    public const string Out = "--out";

    /// <summary>The file the host lists every written file in, one full path a line.</summary>
    public const string List = "--list";

    /// <summary>Every payload's form: <see cref="FormDirect"/> or <see cref="FormManagedPreferences"/>.</summary>
    public const string Form = "--form";

    public const string FormDirect = "direct";

    public const string FormManagedPreferences = "mcx";

    /// <summary>Also write each payload's settings as a bare .plist.</summary>
    public const string BarePlist = "--bare-plist";

    /// <summary>An .editorconfig or .globalconfig with the analyzers' severities; repeated.</summary>
    public const string SeverityConfig = "--severity-config";

    /// <summary>Diagnostic ids, separated by ';' or ',', as MSBuild's NoWarn.</summary>
    public const string NoWarn = "--nowarn";

    public const string WarningsAsErrors = "--warnaserror";

    public const string WarningsNotAsErrors = "--warnnotaserror";

    public const string TreatWarningsAsErrors = "--treat-warnings-as-errors";

    /// <summary>The compile's SARIF error log: what the analyzers reported there is not reported again.</summary>
    public const string CompilerLog = "--compiler-log";

    /// <summary>The Jamf Connect version the project targets (MSBuild <c>ProfileAsCodeJamfConnectVersion</c>).</summary>
    public const string JamfConnectVersion = "--jamf-connect-version";

    /// <summary>PKCS#12 or PEM signing certificate; without it, profiles are written unsigned.</summary>
    public const string SignCertificate = "--sign-certificate";

    public const string SignKey = "--sign-key";

    /// <summary>The NAME of the environment variable with the password, never the password.</summary>
    public const string SignPasswordVariable = "--sign-password-variable";

    /// <summary>Extra chain certificates; repeated.</summary>
    public const string SignChain = "--sign-chain";

    /// <summary>Seconds since 1970, as SOURCE_DATE_EPOCH.</summary>
    public const string SignTime = "--sign-time";

    /// <summary>Also write each signed profile's unsigned bytes.</summary>
    public const string WriteUnsigned = "--write-unsigned";

    /// <summary>A JSON file exported from the Entra ID tenant (ProfileAsCodeTenantExport item); repeated. The tenant checks run when any is given.</summary>
    public const string TenantExport = "--tenant-export";
}
