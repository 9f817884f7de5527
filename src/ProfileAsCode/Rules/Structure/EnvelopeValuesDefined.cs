namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// PAC3007: the envelope values Apple's schemas fix have those values: a profile's <c>PayloadType</c> is
/// <c>Configuration</c>, <c>PayloadVersion</c> is 1 (the version of the profile format), and <c>PayloadScope</c>
/// is <c>System</c> or <c>User</c> (https://developer.apple.com/documentation/devicemanagement/toplevel,
/// https://developer.apple.com/documentation/devicemanagement/commonpayloadkeys). Values of the wrong type
/// are PAC3006's.
/// </summary>
internal static class EnvelopeValuesDefined
{
    public static void CheckTopLevel(ProfileFile file, List<Finding> findings)
    {
        if (file.Root.StringAt(EnvelopeKeys.Type) is { } type && type != EnvelopeKeys.ConfigurationType)
        {
            findings.Add(new Finding(
                RuleCatalog.PayloadValueUnsupported,
                $"PayloadType is \"{type}\"; a profile's top-level PayloadType is \"{EnvelopeKeys.ConfigurationType}\"",
                ProfileFileRules.TopLevel,
                file.Origin));
        }

        CheckVersionAndScope(file.Root, ProfileFileRules.TopLevel, file.Origin, findings);
    }

    public static void CheckPayload(ProfileFile file, FileValue payload, string location, List<Finding> findings) =>
        CheckVersionAndScope(payload, location, file.Origin, findings);

    private static void CheckVersionAndScope(FileValue dictionary, string location, object? origin, List<Finding> findings)
    {
        if (dictionary.Get(EnvelopeKeys.Version) is { Kind: FileValueKind.Integer } version && version.Text != "1")
        {
            findings.Add(new Finding(RuleCatalog.PayloadValueUnsupported, $"PayloadVersion is {version.Text}; the only version Apple defines is 1", location, origin));
        }

        if (dictionary.StringAt(EnvelopeKeys.Scope) is { } scope && scope is not ("System" or "User"))
        {
            findings.Add(new Finding(RuleCatalog.PayloadValueUnsupported, $"PayloadScope is \"{scope}\"; use \"System\" or \"User\"", location, origin));
        }
    }
}
