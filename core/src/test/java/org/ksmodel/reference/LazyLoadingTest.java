package org.ksmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LazyLoadingTest {
  private static final int THREADS = 8;

  @Test
  void loadingTwiceReturnsTheSameInstance() {
    assertThat(ReferenceData.countries()).isSameAs(ReferenceData.countries());
    assertThat(ReferenceData.currencies()).isSameAs(ReferenceData.currencies());
    assertThat(ReferenceData.sectors()).isSameAs(ReferenceData.sectors());
    assertThat(ReferenceData.sdgGoals()).isSameAs(ReferenceData.sdgGoals());
    assertThat(ReferenceData.sdgTargets()).isSameAs(ReferenceData.sdgTargets());
    assertThat(ReferenceData.languages()).isSameAs(ReferenceData.languages());
    assertThat(ReferenceData.organisationTypes()).isSameAs(ReferenceData.organisationTypes());
    assertThat(ReferenceData.regions()).isSameAs(ReferenceData.regions());
    assertThat(ReferenceData.registrationAgencies()).isSameAs(ReferenceData.registrationAgencies());
    assertThat(CountryClassification.dacOdaRecipients())
        .isSameAs(CountryClassification.dacOdaRecipients());
    assertThat(CountryClassification.unM49Developing2020())
        .isSameAs(CountryClassification.unM49Developing2020());
  }

  /**
   * Other tests have long loaded the lists in this JVM, so each run loads the classes afresh in
   * their own class loader: there, the first calls really race to initialise them.
   */
  @Test
  void threadsRacingToLoadGetOneFullyLoadedInstance() throws Exception {
    for (String accessor : List.of("countries", "sectors", "registrationAgencies")) {
      List<Object> results = raceToCall(ReferenceData.class.getName(), accessor);
      assertThat(distinct(results)).as(accessor).hasSize(1);
      assertThat(results.get(0).toString()).isEqualTo(call(accessor).toString());
    }
    for (String factory : List.of("dacOdaRecipients", "unM49Developing2020")) {
      List<Object> results = raceToCall(CountryClassification.class.getName(), factory);
      assertThat(distinct(results)).as(factory).hasSize(1);
    }
  }

  private static Object call(String accessor) throws Exception {
    return ReferenceData.class.getMethod(accessor).invoke(null);
  }

  private static List<Object> raceToCall(String type, String method) throws Exception {
    URL classes = ReferenceData.class.getProtectionDomain().getCodeSource().getLocation();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (URLClassLoader fresh =
        new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
      Class<?> freshType = Class.forName(type, false, fresh);
      assertThat(freshType).isNotSameAs(Class.forName(type));
      Method accessor = freshType.getMethod(method);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        Callable<Object> call =
            () -> {
              start.await();
              return accessor.invoke(null);
            };
        futures.add(pool.submit(call));
      }
      start.countDown();
      List<Object> results = new ArrayList<>();
      for (Future<Object> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Set<Object> distinct(List<Object> results) {
    Set<Object> identities = Collections.newSetFromMap(new IdentityHashMap<>());
    identities.addAll(results);
    return identities;
  }
}
