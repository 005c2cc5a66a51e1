/* xc-reconcile.h: consensus, agreement and contradictions, the fourth
 * pipeline stage.
 *
 * For each claim: statements from one origin (a copied paragraph, the same
 * official quoted by several outlets, one document repeating itself) are
 * made one source group sharing one unit of weight; the consensus range is
 * the range the greatest independent weight supports; statements outside
 * it are paired with the consensus statements they contradict; figures
 * that moved in one direction over time are a change, not a dispute.
 * The rules and their reasons are in docs/algorithms.md. */
#pragma once

#include "xc-claims.h"

G_BEGIN_DECLS

/**
 * xc_reconcile_claims:
 * @set: claims as grouping left them.
 *
 * Sets every claim's weights, source groups, consensus, agreement, status
 * and contradictions, labels the claims, and orders them: contradictions
 * first, then by independent sources, then by label.  Ids "c1", "c2", ...
 * follow that order.
 */
XC_API void xc_reconcile_claims(XcClaimSet *set);

/**
 * xc_claim_supports:
 * Returns: whether @mention (a draft's figure) reaches into @claim's
 * consensus range, allowing for the precision its wording implies.
 */
XC_API gboolean xc_claim_supports(const XcClaim *claim, const XcMention *mention);

G_END_DECLS
