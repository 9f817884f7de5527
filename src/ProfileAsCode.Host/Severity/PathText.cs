namespace ProfileAsCode.Host.Severity;

internal static class PathText
{
    public static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/');

    public static string DirectoryOf(string path)
    {
        var directory = Path.GetDirectoryName(Normalize(path))!.Replace('\\', '/');
        return directory.EndsWith('/') ? directory : directory + "/";
    }
}
