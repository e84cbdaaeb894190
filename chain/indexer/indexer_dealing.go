package indexer

import (
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/chain"
)

// DealingEvents decodes a Dealing contract's events: the ERC-7540
// requests and the cut-off each is stamped with, the published cut-offs,
// their wire payments, pricing, fulfilment, rejection, ERC-7887
// cancellations and ERC-4626 claims, the instant facility's subscriptions
// and redemptions, the reserve's movements and operators. The store reads
// each request's state from them.
func DealingEvents() ContractDecoder {
	c := dealing.NewDealing()
	ev := c.GetABI().Events
	d := ContractDecoder{}
	add := func(b *Batch, l *types.Log, e chain.DealingEvent) {
		e.EventRef, e.Dealing = eventRef(l), l.Address
		b.DealingEvents = append(b.DealingEvents, e)
	}
	on(d, ev[dealing.DealingDepositRequestEventName], c.UnpackDepositRequestEvent, func(l *types.Log, e *dealing.DealingDepositRequest, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingDepositRequest, RequestID: e.RequestId, Controller: e.Controller, Owner: e.Owner,
			Sender: e.Sender, Amount: e.Assets})
	})
	on(d, ev[dealing.DealingRedeemRequestEventName], c.UnpackRedeemRequestEvent, func(l *types.Log, e *dealing.DealingRedeemRequest, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingRedeemRequest, RequestID: e.RequestId, Controller: e.Controller, Owner: e.Owner,
			Sender: e.Sender, Amount: e.Shares})
	})
	on(d, ev[dealing.DealingWireRequestEventName], c.UnpackWireRequestEvent, func(l *types.Log, e *dealing.DealingWireRequest, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingWireRequest, RequestID: e.RequestId, Ref: e.Ref})
	})
	on(d, ev[dealing.DealingPaymentConfirmedEventName], c.UnpackPaymentConfirmedEvent, func(l *types.Log, e *dealing.DealingPaymentConfirmed, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingPaymentConfirmed, RequestID: e.RequestId, Ref: e.Ref})
	})
	on(d, ev[dealing.DealingPayoutConfirmedEventName], c.UnpackPayoutConfirmedEvent, func(l *types.Log, e *dealing.DealingPayoutConfirmed, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingPayoutConfirmed, RequestID: e.RequestId, Ref: e.Ref})
	})
	on(d, ev[dealing.DealingDayPricedEventName], c.UnpackDayPricedEvent, func(l *types.Log, e *dealing.DealingDayPriced, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingDayPriced, Cutoff: unixTime(new(big.Int).SetUint64(e.Cutoff)), RoundID: e.RoundId, Amount: e.Nav})
	})
	on(d, ev[dealing.DealingDepositFulfilledEventName], c.UnpackDepositFulfilledEvent, func(l *types.Log, e *dealing.DealingDepositFulfilled, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingDepositFulfilled, RequestID: e.RequestId, Controller: e.Controller,
			Cutoff: unixTime(new(big.Int).SetUint64(e.Cutoff)), RoundID: e.RoundId, Amount: e.Assets, Result: e.Shares})
	})
	on(d, ev[dealing.DealingRedeemFulfilledEventName], c.UnpackRedeemFulfilledEvent, func(l *types.Log, e *dealing.DealingRedeemFulfilled, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingRedeemFulfilled, RequestID: e.RequestId, Controller: e.Controller,
			Cutoff: unixTime(new(big.Int).SetUint64(e.Cutoff)), RoundID: e.RoundId, Amount: e.Shares, Result: e.Assets})
	})
	on(d, ev[dealing.DealingRequestRejectedEventName], c.UnpackRequestRejectedEvent, func(l *types.Log, e *dealing.DealingRequestRejected, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingRequestRejected, RequestID: e.RequestId, Code: e.Code})
	})
	on(d, ev[dealing.DealingCancelDepositRequestEventName], c.UnpackCancelDepositRequestEvent, func(l *types.Log, e *dealing.DealingCancelDepositRequest, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingCancelDeposit, RequestID: e.RequestId, Controller: e.Controller, Sender: e.Sender})
	})
	on(d, ev[dealing.DealingCancelRedeemRequestEventName], c.UnpackCancelRedeemRequestEvent, func(l *types.Log, e *dealing.DealingCancelRedeemRequest, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingCancelRedeem, RequestID: e.RequestId, Controller: e.Controller, Sender: e.Sender})
	})
	on(d, ev[dealing.DealingCancelDepositClaimEventName], c.UnpackCancelDepositClaimEvent, func(l *types.Log, e *dealing.DealingCancelDepositClaim, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingCancelDepositClaim, RequestID: e.RequestId, Controller: e.Controller, Owner: e.Receiver,
			Sender: e.Sender, Amount: e.Assets})
	})
	on(d, ev[dealing.DealingCancelRedeemClaimEventName], c.UnpackCancelRedeemClaimEvent, func(l *types.Log, e *dealing.DealingCancelRedeemClaim, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingCancelRedeemClaim, RequestID: e.RequestId, Controller: e.Controller, Owner: e.Receiver,
			Sender: e.Sender, Amount: e.Shares})
	})
	// ERC-7540 claims: Deposit's sender is the controller; Withdraw's owner is.
	on(d, ev[dealing.DealingDepositEventName], c.UnpackDepositEvent, func(l *types.Log, e *dealing.DealingDeposit, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingDepositClaim, Controller: e.Sender, Owner: e.Owner, Amount: e.Assets, Result: e.Shares})
	})
	on(d, ev[dealing.DealingWithdrawEventName], c.UnpackWithdrawEvent, func(l *types.Log, e *dealing.DealingWithdraw, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingRedeemClaim, Controller: e.Owner, Owner: e.Receiver, Sender: e.Sender,
			Amount: e.Shares, Result: e.Assets})
	})
	on(d, ev[dealing.DealingSubscribedEventName], c.UnpackSubscribedEvent, func(l *types.Log, e *dealing.DealingSubscribed, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingSubscribed, Owner: e.Investor, RoundID: e.RoundId, Amount: e.Assets, Fee: e.Fee, Result: e.Units})
	})
	on(d, ev[dealing.DealingRedeemedInstantEventName], c.UnpackRedeemedInstantEvent, func(l *types.Log, e *dealing.DealingRedeemedInstant, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingRedeemedInstant, Owner: e.Investor, RoundID: e.RoundId, Amount: e.Units, Fee: e.Fee, Result: e.Assets})
	})
	on(d, ev[dealing.DealingReserveFundedEventName], c.UnpackReserveFundedEvent, func(l *types.Log, e *dealing.DealingReserveFunded, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingReserveFunded, Owner: e.From, Amount: e.Amount})
	})
	on(d, ev[dealing.DealingReserveWithdrawnEventName], c.UnpackReserveWithdrawnEvent, func(l *types.Log, e *dealing.DealingReserveWithdrawn, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingReserveWithdrawn, Owner: e.To, Amount: e.Amount})
	})
	on(d, ev[dealing.DealingFeesWithdrawnEventName], c.UnpackFeesWithdrawnEvent, func(l *types.Log, e *dealing.DealingFeesWithdrawn, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingFeesWithdrawn, Owner: e.To, Amount: e.Amount})
	})
	on(d, ev[dealing.DealingOperatorSetEventName], c.UnpackOperatorSetEvent, func(l *types.Log, e *dealing.DealingOperatorSet, b *Batch) {
		var code uint8
		if e.Approved {
			code = 1
		}
		add(b, l, chain.DealingEvent{Kind: chain.DealingOperatorSet, Controller: e.Controller, Owner: e.Operator, Code: code})
	})
	on(d, ev[dealing.DealingCutoffPublishedEventName], c.UnpackCutoffPublishedEvent, func(l *types.Log, e *dealing.DealingCutoffPublished, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingCutoffPublished, Cutoff: unixTime(new(big.Int).SetUint64(e.Cutoff))})
	})
	on(d, ev[dealing.DealingDayVoidedEventName], c.UnpackDayVoidedEvent, func(l *types.Log, e *dealing.DealingDayVoided, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingDayVoided, Cutoff: unixTime(new(big.Int).SetUint64(e.Cutoff)), Sender: e.By})
	})
	on(d, ev[dealing.DealingRequestCutoffEventName], c.UnpackRequestCutoffEvent, func(l *types.Log, e *dealing.DealingRequestCutoff, b *Batch) {
		add(b, l, chain.DealingEvent{Kind: chain.DealingRequestCutoff, RequestID: e.RequestId, Cutoff: unixTime(new(big.Int).SetUint64(e.Cutoff))})
	})
	return d
}
