namespace ProfileAsCode.Rules.Values;

/// <summary>
/// PAC2005: a client secret in source is readable by everyone with the repository. For Entra public clients
/// (Jamf's apps, [LJ-SCOPE]) a secret is also refused: AADSTS700025 [MS-ERR], reference §4 #5, §7.8.
/// In the build, values are real values (maybe from the environment), so only the Entra part applies.
/// Messages never quote the secret.
/// </summary>
internal static class SecretNotLiteral
{
    public static void Check(KeyCheck check, List<Finding> findings)
    {
        if (check.Text.Length == 0)
        {
            return;
        }

        var entra = check.ProviderIsEntra
            ? $" The provider is Entra ID, whose Jamf Connect app registrations are public clients: Entra refuses a public client that sends a secret (AADSTS700025), so leave {check.KeyPath} unset unless the app is a confidential client."
            : string.Empty;
        if (check.Context.KnownValuesAreLiterals)
        {
            findings.Add(check.Report(
                RuleCatalog.SecretInSource,
                $"{check.KeyPath} is written as a literal in source: everyone who can read the repository or a built profile can read the secret. Read it when building instead (e.g. Environment.GetEnvironmentVariable(\"...\")).{entra}"));
        }
        else if (entra.Length > 0)
        {
            findings.Add(check.Report(RuleCatalog.SecretInSource, $"{check.KeyPath} is set.{entra}"));
        }
    }
}
