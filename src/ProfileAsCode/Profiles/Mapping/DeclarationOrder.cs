using System.Reflection;

namespace ProfileAsCode.Profiles.Mapping;

/// <summary>
/// Members in the order the source declares them. Reflection promises no order
/// (https://learn.microsoft.com/dotnet/api/system.type.getproperties, Remarks), so where the runtime has metadata
/// tokens (CoreCLR: the build host, the framework-dependent CLI) they decide, as the compiler emits members in
/// declaration order. Native AOT has no metadata tokens (<see cref="MemberInfo.MetadataToken"/> throws there); its
/// reflection lists a type's members in the order of the metadata it compiled from, which is the same order, and
/// it never reorders them at run time. The CLI's tests run the native executable against the same expectations.
/// </summary>
internal static class DeclarationOrder
{
    public static IReadOnlyList<TMember> Of<TMember>(TMember[] members)
        where TMember : MemberInfo =>
        members.Length > 1 && members[0].HasMetadataToken()
            ? members.OrderBy(m => m.MetadataToken).ToArray()
            : members;
}
