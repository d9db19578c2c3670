package org.ksmodel.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task on several threads at once, released together by a latch so that their first calls
 * overlap (lazy state is touched concurrently), and fails with the first error any thread met.
 */
public final class Concurrently {
  /** The work of one thread: its number, from 0. */
  @FunctionalInterface
  public interface Task {
    void run(int thread) throws Exception;
  }

  private Concurrently() {}

  public static void run(int threads, Task task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int thread = i;
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  task.run(thread);
                  return null;
                }));
      }
      ready.await();
      start.countDown();
      for (Future<?> future : futures) {
        future.get(2, TimeUnit.MINUTES);
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError("a thread failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the threads did not finish", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
