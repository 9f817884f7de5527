namespace ProfileAsCode.Rules.Tenant.SignIns;

internal enum SignInKind
{
    /// <summary>The login window's browser sign-in (OpenID Connect); should ask for MFA.</summary>
    InteractiveOidc,

    /// <summary>The password check (resource owner password credentials grant); single-factor, no Conditional Access.</summary>
    Ropg,

    /// <summary>Neither: token refreshes and other non-interactive sign-ins of the client.</summary>
    Other,
}

internal enum Verdict
{
    MatchesDesign,
    DoesNotMatch,

    /// <summary>No successful sign-in, and no failure that shows a setup problem (wrong passwords only, say).</summary>
    Undecided,
}

/// <summary>Failures of one code within a group, explained.</summary>
internal sealed class FailureSummary
{
    public FailureSummary(AadstsCode code, FailureKind kind, int count, string? failureReason)
    {
        Code = code;
        Kind = kind;
        Count = count;
        FailureReason = failureReason;
    }

    public AadstsCode Code { get; }

    /// <summary>For this kind of sign-in (an MFA prompt is expected interactively, a misconfiguration for ROPG).</summary>
    public FailureKind Kind { get; }

    public int Count { get; }

    /// <summary>Entra's own text from the log, shown escaped by the caller.</summary>
    public string? FailureReason { get; }
}

/// <summary>The sign-ins of one user of one kind, and whether they match Jamf's design.</summary>
internal sealed class SignInGroup
{
    public SignInGroup(string user, SignInKind kind, int count, int successes, string? first, string? last, Verdict verdict, IReadOnlyList<string> deviations, IReadOnlyList<FailureSummary> failures)
    {
        User = user;
        Kind = kind;
        Count = count;
        Successes = successes;
        First = first;
        Last = last;
        Verdict = verdict;
        Deviations = deviations;
        Failures = failures;
    }

    /// <summary>The user principal name (lower case, as Entra logs it), or the user ID.</summary>
    public string User { get; }

    public SignInKind Kind { get; }

    public int Count { get; }

    public int Successes { get; }

    public string? First { get; }

    public string? Last { get; }

    public Verdict Verdict { get; }

    /// <summary>Why the group does not match the design (or what could not be told), one sentence each.</summary>
    public IReadOnlyList<string> Deviations { get; }

    public IReadOnlyList<FailureSummary> Failures { get; }

    /// <summary>The <see cref="Deviations"/> that are not failures (MFA where none belongs, Conditional Access on ROPG), for callers that list <see cref="Failures"/> themselves.</summary>
    public IReadOnlyList<string> Observations { get; set; } = Array.Empty<string>();
}

/// <summary>The whole diagnosis: groups by user and kind, and whether the guide's test passes.</summary>
internal sealed class SignInReport
{
    public SignInReport(IReadOnlyList<string> clientAppIds, IReadOnlyList<SignInGroup> groups, int ignored, bool designMet, IReadOnlyList<string> notes)
    {
        ClientAppIds = clientAppIds;
        Groups = groups;
        Ignored = ignored;
        DesignMet = designMet;
        Notes = notes;
    }

    /// <summary>The Jamf Connect client apps whose sign-ins were judged.</summary>
    public IReadOnlyList<string> ClientAppIds { get; }

    public IReadOnlyList<SignInGroup> Groups { get; }

    /// <summary>Sign-ins of other apps, left out.</summary>
    public int Ignored { get; }

    /// <summary>
    /// At least one interactive sign-in with MFA and one ROPG sign-in single-factor without Conditional Access,
    /// and no group that deviates (Jamf's test in "Creating a Jamf Connect Configuration with Conditional Access").
    /// </summary>
    public bool DesignMet { get; }

    public IReadOnlyList<string> Notes { get; }
}
