namespace ProfileAsCode.Signing.Identity;

/// <summary>Reads a password from an environment variable whose name the caller passes.</summary>
public static class SigningPassword
{
    /// <summary>
    /// The value of the variable <paramref name="variableName"/>; null when no name is given.
    /// A name that is given but not set is an error: signing would otherwise fail later with a misleading
    /// "wrong password".
    /// </summary>
    public static string? FromEnvironment(string? variableName)
    {
        if (string.IsNullOrWhiteSpace(variableName))
        {
            return null;
        }

        return Environment.GetEnvironmentVariable(variableName)
            ?? throw new SigningException(
                SigningError.PasswordVariableNotSet,
                file: null,
                $"The environment variable '{variableName}' that should hold the signing password is not set.",
                "Set it in the environment of the build (for example from a CI secret), or name another variable.");
    }
}
