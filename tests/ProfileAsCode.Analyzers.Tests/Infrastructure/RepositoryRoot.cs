namespace ProfileAsCode.Analyzers.Tests.Infrastructure;

/// <summary>The checkout the tests run from (the folder holding ProfileAsCode.sln).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
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
