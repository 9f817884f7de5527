namespace ProfileAsCode.Rules.Values;

/// <summary>
/// PAC2005: a client secret written as a literal in source is readable by everyone with the repository.
/// Jamf documents client secrets for its Entra ID setups too (OIDCClientSecret, ROPGClientSecret: Jamf, "Login
/// Window Authentication Settings", "Microsoft Entra ID Hybrid ID Settings"), so the rule says nothing about
/// whether a secret belongs there, only where it comes from. Only the editor knows a value is a literal; the
/// build host's values may come from the environment, so it reports nothing. Messages never quote the secret.
/// </summary>
internal static class SecretNotLiteral
{
    public static void Check(KeyCheck check, List<Finding> findings)
    {
        if (check.Text.Length == 0 || !check.Context.KnownValuesAreLiterals)
        {
            return;
        }

        findings.Add(check.Report(
            RuleCatalog.SecretInSource,
            $"{check.KeyPath} is written as a literal in source: everyone who can read the repository can read the secret. Read it when building instead (e.g. Environment.GetEnvironmentVariable(\"...\")); the built profile still carries it, so keep the profile itself private too."));
    }
}
