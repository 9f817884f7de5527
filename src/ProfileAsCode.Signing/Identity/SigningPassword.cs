namespace ProfileAsCode.Signing.Identity;

/// <summary>Reads a password from an environment variable whose name the caller passes.</summary>
public static class SigningPassword
{
    /// <summary>
    /// The value of the variable <paramref name="variableName"/>; null when no name is given.
    /// A name that is given but not set is an error: signing would otherwise fail later with a misleading
    /// "wrong password". The name is echoed only when it looks like one (capitals, digits and '_', as
    /// PROFILE_SIGNING_PASSWORD): anything else may be the password itself, typed where its variable's name belongs.
    /// </summary>
    public static string? FromEnvironment(string? variableName)
    {
        if (string.IsNullOrWhiteSpace(variableName))
        {
            return null;
        }

        if (!IsVariableName(variableName))
        {
            throw new SigningException(
                SigningError.PasswordVariableNotSet,
                file: null,
                "The value given as the password variable is not the name of an environment variable (names are letters, digits and '_', not starting with a digit); it may be the password itself, so it is not shown.",
                "Put the password in an environment variable and give that variable's NAME (for example PROFILE_SIGNING_PASSWORD); if the password was typed on a command line, change it, since shell history and process lists keep it.");
        }

        var named = IsConventionalName(variableName) ? $"'{variableName}'" : "named (not shown: a mixed-case name may be the password itself)";
        return Environment.GetEnvironmentVariable(variableName)
            ?? throw new SigningException(
                SigningError.PasswordVariableNotSet,
                file: null,
                $"The environment variable {named} that should hold the signing password is not set.",
                "Set it in the environment of the build (for example from a CI secret), or name another variable.");
    }

    /// <summary>What POSIX shells accept as a variable name (IEEE Std 1003.1, "Name"): letters, digits and '_', no leading digit.</summary>
    private static bool IsVariableName(string name) =>
        !char.IsAsciiDigit(name[0]) && name.All(c => c == '_' || char.IsAsciiLetterOrDigit(c));

    /// <summary>Capitals, digits and '_', as POSIX names the variables of its utilities (IEEE Std 1003.1, "Environment Variables").</summary>
    private static bool IsConventionalName(string name) => name.All(c => c == '_' || char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
}
