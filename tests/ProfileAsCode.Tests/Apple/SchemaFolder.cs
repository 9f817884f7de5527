namespace ProfileAsCode.Tests.Apple;

/// <summary>The repository checkout and its copy of Apple's schema (eng/apple-device-management).</summary>
internal static class SchemaFolder
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Path => System.IO.Path.Combine(RepositoryRoot, "eng", "apple-device-management");

    public static string Profiles => System.IO.Path.Combine(Path, "mdm", "profiles");

    public static bool Exists => Directory.Exists(Profiles);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ProfileAsCode.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ProfileAsCode.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs Apple's schema copy; skipped, saying so, when the folder is absent.</summary>
public sealed class SchemaFactAttribute : FactAttribute
{
    public SchemaFactAttribute()
    {
        if (!SchemaFolder.Exists)
        {
            Skip = $"Apple's schema copy is not in this checkout ({SchemaFolder.Profiles}); the generated Apple records and schema table cannot be checked against it.";
        }
    }
}
