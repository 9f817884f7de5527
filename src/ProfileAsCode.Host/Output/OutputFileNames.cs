namespace ProfileAsCode.Host.Output;

internal static class OutputFileNames
{
    /// <summary>
    /// The profile identifier is the file name (<c>com.contoso.jamfconnect.mobileconfig</c>). One that
    /// could not be a file name (empty, a path, reserved characters; PAC3001 reports it) falls back
    /// to the record's type name, so nothing is ever written outside the output folder.
    /// </summary>
    public static string For(string identifier, Type profileType)
    {
        var usable = identifier.Length > 0
            && identifier != "." && identifier != ".."
            && identifier.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
            && identifier.IndexOfAny(new[] { '/', '\\', ':' }) < 0;
        return usable ? identifier : profileType.FullName ?? profileType.Name;
    }
}
