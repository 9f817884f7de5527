using System.Reflection;
using System.Runtime.Loader;

namespace ProfileAsCode.Host;

/// <summary>
/// Loads the user's assembly. Its dependencies normally resolve through the user's deps.json and
/// the NuGet probing paths; project references (and the library itself, when a project references
/// ProfileAsCode by project rather than package) sit next to the user's assembly instead, so that
/// folder is probed as a last resort.
/// </summary>
internal static class AssemblyLoading
{
    /// <summary>Call before any code that touches the library's types is compiled.</summary>
    public static void ProbeBesides(string userAssemblyPath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(userAssemblyPath))!;
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            var candidate = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
        };
    }

    public static Assembly Load(string userAssemblyPath) =>
        AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(userAssemblyPath));

    /// <summary>The value after <c>--assembly</c>, read without touching the library.</summary>
    public static string? FindAssemblyArgument(string[] args)
    {
        var index = Array.IndexOf(args, HostSwitches.Assembly);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
