using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace ProfileAsCode.Profiles.Mapping;

internal static class ProfileDiscovery
{
    /// <summary>
    /// Every concrete <c>[ConfigurationProfile]</c> type of <paramref name="assembly"/>, ordered by full
    /// name so that output and messages come in the same order on every machine. A type that fails to
    /// load is not skipped: the <see cref="ReflectionTypeLoadException"/> reaches the caller.
    /// </summary>
    [RequiresUnreferencedCode("Lists every type of the assembly: only for an assembly that is loaded whole, as the build host loads the user's.")]
    public static IReadOnlyList<Type> FindProfileTypes(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters)
            .Where(t => t.IsDefined(typeof(ConfigurationProfileAttribute), inherit: false))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
    }
}
