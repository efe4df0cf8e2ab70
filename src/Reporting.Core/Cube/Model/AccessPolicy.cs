namespace Reporting.Core.Cube.Model;

/// <summary>
/// How a caller's access scope restricts a cube (its <c>access</c> key): the dimension holding each
/// row's CSM, compared with the scope's book, and the dimension holding its account id, compared with
/// the accounts the scope names outright. Either may be absent; a cube without a policy answers a
/// restricted caller nothing (<see cref="Compiling.AccessRestriction"/>).
/// </summary>
public sealed record AccessPolicy(string? Csm, string? Account);
