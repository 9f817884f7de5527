namespace ProfileAsCode.Tasks;

/// <summary>Signing properties that cannot work, found before the host's command line is built (and logged).</summary>
internal static class SigningSettingsProblem
{
    public static string? Find(GenerateMobileConfigs task)
    {
        var signing = !string.IsNullOrWhiteSpace(task.SigningCertificate);
        var signingOnly = !string.IsNullOrWhiteSpace(task.SigningKey)
            || !string.IsNullOrWhiteSpace(task.SigningPasswordVariable)
            || task.SigningChain.Length > 0
            || task.WriteUnsigned;
        if (!signing && signingOnly)
        {
            return "ProfileAsCodeSigningKey, ProfileAsCodeSigningPasswordVariable, ProfileAsCodeSigningChain or ProfileAsCodeWriteUnsigned is set, "
                + "but ProfileAsCodeSigningCertificate is empty. Set the certificate (PKCS#12 or PEM) to sign the profiles, or remove the other signing properties.";
        }

        // Deliberately not echoed: a value that is no variable name may well be the password itself.
        if (!string.IsNullOrWhiteSpace(task.SigningPasswordVariable) && !IsVariableName(task.SigningPasswordVariable!.Trim()))
        {
            return "ProfileAsCodeSigningPasswordVariable must be the NAME of an environment variable (letters, digits and '_', not starting with a digit), "
                + "not the password. Put the password in an environment variable and set the property to that variable's name.";
        }

        return null;
    }

    private static bool IsVariableName(string name) =>
        name.Length > 0
        && !char.IsDigit(name[0])
        && name.All(c => c == '_' || (c < 128 && char.IsLetterOrDigit(c)));
}
