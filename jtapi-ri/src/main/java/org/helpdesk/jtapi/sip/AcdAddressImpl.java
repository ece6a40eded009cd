package org.helpdesk.jtapi.sip;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.telephony.Call;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.callcenter.ACDAddress;
import javax.telephony.callcenter.ACDManagerAddress;
import javax.telephony.callcenter.Agent;

/** An ACD group: a queue of waiting calls served by its READY agents, longest idle first. */
final class AcdAddressImpl extends AddressImpl implements ACDAddress {
    private final List<AgentImpl> agents = new CopyOnWriteArrayList<>();
    private final Deque<Waiting> queue = new ArrayDeque<>();

    /** A call waiting for an agent. */
    private static final class Waiting {
        final Call call;
        final Consumer<AgentImpl> handOver;
        final long since = System.nanoTime();

        Waiting(Call call, Consumer<AgentImpl> handOver) {
            this.call = call;
            this.handOver = handOver;
        }
    }

    private final SerialExecutor announcements;

    AcdAddressImpl(SipProviderImpl provider, String name, SerialExecutor announcements) {
        super(provider, name);
        this.announcements = announcements;
    }

    /** Where agent events of this group are delivered, in order. */
    SerialExecutor announcements() {
        return announcements;
    }

    void logOn(AgentImpl agent) {
        agents.add(agent);
        agent.loggedOn();
        agentReady();
    }

    void logOff(AgentImpl agent) {
        agents.remove(agent);
    }

    /** Seizes the READY agent idle the longest, or returns null when none is ready. */
    synchronized AgentImpl seizeLongestIdle() {
        AgentImpl best = agents.stream().filter(AgentImpl::isReady)
                .min(Comparator.comparingLong(AgentImpl::idleSince)).orElse(null);
        if (best != null) {
            best.seize();
        }
        return best;
    }

    /** Hands the call to an agent now (true), or queues it until one is ready (false). */
    boolean offer(Call call, Consumer<AgentImpl> handOver) {
        AgentImpl agent;
        synchronized (this) {
            agent = queue.isEmpty() ? seizeLongestIdle() : null;
            if (agent == null) {
                queue.add(new Waiting(call, handOver));
                return false;
            }
        }
        handOver.accept(agent);
        return true;
    }

    /** Removes a call from the queue (the caller hung up while waiting). */
    synchronized void withdraw(Call call) {
        queue.removeIf(waiting -> waiting.call == call);
    }

    void agentReady() {
        while (true) {
            Waiting next;
            AgentImpl agent;
            synchronized (this) {
                if (queue.isEmpty()) {
                    return;
                }
                agent = seizeLongestIdle();
                if (agent == null) {
                    return;
                }
                next = queue.poll();
            }
            next.handOver.accept(agent);
        }
    }

    @Override
    public Agent[] getLoggedOnAgents() {
        return agents.isEmpty() ? null : agents.toArray(new Agent[0]);
    }

    @Override
    public synchronized int getNumberQueued() {
        return queue.size();
    }

    @Override
    public synchronized Call getOldestCallQueued() {
        return queue.isEmpty() ? null : queue.peek().call;
    }

    @Override
    public int getRelativeQueueLoad() throws MethodNotSupportedException {
        throw new MethodNotSupportedException("Queue load is not computed");
    }

    @Override
    public synchronized int getQueueWaitTime() {
        return queue.isEmpty() ? 0 : (int) ((System.nanoTime() - queue.peek().since) / 1_000_000_000L);
    }

    @Override
    public ACDManagerAddress getACDManagerAddress() {
        return null;
    }

    @Override
    public int getAgentsLoggedIn() {
        return agents.size();
    }

    @Override
    public int getAgentsAvailable() {
        return (int) agents.stream().filter(AgentImpl::isReady).count();
    }
}
